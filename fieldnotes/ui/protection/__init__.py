"""Encryption, backups and recovery as the app offers them."""
