"""Printed documents made with reportlab."""
