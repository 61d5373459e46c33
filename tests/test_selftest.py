"""The self-test is what a frozen build runs first: it must pass on a good install."""

from timeline_app.cli import main


def test_selftest_passes_and_says_what_it_checked(capsys):
    assert main(["selftest"]) == 0
    out = capsys.readouterr().out
    assert "repeated caption merged" in out
    assert "PNG export" in out
    assert "FAIL" not in out
