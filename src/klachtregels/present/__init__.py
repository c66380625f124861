"""Regulations and assessments for people: descriptions, diagrams, timelines, pages."""
