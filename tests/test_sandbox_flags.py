"""Every rule and limit is an `otp-sandbox` flag, and the README's tables say
what the code does."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from otp_desktop.sandbox.cli import build_parser, flag, limits_from, parse_args, rules_from
from otp_desktop.sandbox.connections import ServerLimits
from otp_desktop.sandbox.dev_endpoints import add_routes
from otp_desktop.sandbox.handlers import Handler
from otp_desktop.sandbox.http.routing import Router
from otp_desktop.sandbox.rules import DEFAULT_TEST_NUMBERS, SandboxRules, TestNumber, ranged_fields

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
RANGED = [(cls, f) for cls in (SandboxRules, ServerLimits) for f in ranged_fields(cls)]


def shown(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def test_every_numeric_rule_has_a_range_so_it_gets_a_flag():
    numeric = [
        f.name for f in SandboxRules.__dataclass_fields__.values() if f.type in ("int", "float")
    ]
    assert numeric == [f.name for f in ranged_fields(SandboxRules)]
    assert len(numeric) == 13


@pytest.mark.parametrize(("cls", "field"), RANGED, ids=[f.name for _, f in RANGED])
def test_each_flag_sets_its_rule_and_help_shows_the_default(cls, field, capsys):
    lowest, highest = field.metadata["range"]
    value = highest if getattr(cls(), field.name) != highest else lowest
    args = parse_args([flag(field), shown(value)])
    made = rules_from(args) if cls is SandboxRules else limits_from(args)
    assert getattr(made, field.name) == value
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert (
        f"{flag(field)} N {field.metadata['help']} (default {shown(getattr(cls(), field.name))};"
        in help_text
    )


@pytest.mark.parametrize(("cls", "field"), RANGED, ids=[f.name for _, f in RANGED])
def test_out_of_range_flags_are_refused(cls, field, capsys):
    _, highest = field.metadata["range"]
    with pytest.raises(SystemExit) as info:
        parse_args([flag(field), shown(highest * 2 + 1)])
    assert info.value.code == 2
    assert field.name in capsys.readouterr().err


def test_defaults_are_the_dataclass_defaults():
    args = parse_args([])
    assert rules_from(args) == SandboxRules()
    assert limits_from(args) == ServerLimits()


def test_test_numbers_come_from_a_json_file(tmp_path):
    numbers = [{"country_code": "+44", "phone_number": "7700900123", "otp": "000111"}]
    path = tmp_path / "numbers.json"
    path.write_text(json.dumps(numbers))
    rules = rules_from(parse_args(["--test-numbers", str(path)]))
    assert rules.test_numbers == (TestNumber("+44", "7700900123", "000111"),)
    assert rules_from(parse_args([])).test_numbers == DEFAULT_TEST_NUMBERS


@pytest.mark.parametrize(
    ("content", "words"),
    [(None, "cannot read"), ("[{", "numbers.json"), ('[{"otp": "1"}]', "country_code")],
)
def test_a_bad_test_numbers_file_is_a_clear_error(tmp_path, capsys, content, words):
    path = tmp_path / "numbers.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(SystemExit):
        parse_args(["--test-numbers", str(path)])
    err = capsys.readouterr().err
    assert words in err
    assert "Traceback" not in err


@pytest.mark.parametrize(("cls", "field"), RANGED, ids=[f.name for _, f in RANGED])
def test_the_readme_tables_match_the_code(cls, field):
    lowest, highest = field.metadata["range"]
    row = (
        f"| `{field.name}` | {shown(getattr(cls(), field.name))} | "
        f"{shown(lowest)}–{shown(highest)} | {field.metadata['help']} |"
    )
    assert row in README


def test_the_readme_lists_every_developer_endpoint():
    router: Router[Handler] = Router()
    add_routes(router)
    section = README[README.index("### Developer endpoints") :]
    for path in {route.path for route in router.routes()}:
        assert re.search(rf"`[A-Z/]+ {re.escape(path)}[?`]", section), path
