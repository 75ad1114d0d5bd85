"""Reading files into a project: the JSON interchange format, member-check feedback."""
