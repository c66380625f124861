"""The law of time: the Atw calendar (holidays, decree days, working days) and terms."""
