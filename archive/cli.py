"""The `beschlussarchiv` command: one click group; each command is thin over a library call."""
from __future__ import annotations

import json

import click

from pipeline.cli import extract


@click.group()
@click.version_option(package_name="beschlussarchiv")
def main() -> None:
    """beschlussarchiv: read council follow-up letters into an archive and publish it."""


@main.command()
def schema() -> None:
    """Print the JSON Schema of the record.

    Example: beschlussarchiv schema > record.schema.json
    """
    from models import Record
    click.echo(json.dumps(Record.model_json_schema(), ensure_ascii=False, indent=2))


main.add_command(extract)
