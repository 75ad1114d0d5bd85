"""Identity of a fieldnotes project file, importable without sqlite-utils.

``SCHEMA_VERSION`` is the number of migrations this app knows; opening an up-to-date
file then needs no migration machinery at all, which keeps the command line fast.
"""

APPLICATION_ID = 0x464E4F54  # "FNOT": marks an SQLite file as a fieldnotes project
SCHEMA_VERSION = 7
