"""Evaluation: the compiled plan, the fast evaluator, the reference evaluator, assessments."""
