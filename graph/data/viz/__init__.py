"""Assets of the graph page: template, script, style sheet and drawing styles."""
