"""Output: tables in docker's layout, --format templates, JSON, human units.

Formatters take plain data (decoded API answers, row objects) and answer text;
they never print and never call the API.
"""
