"""The `samen` command line: every command, bad input as one clear line, the demo, and `samen run`."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import free_port

ROOT = Path(__file__).resolve().parents[1]
SAMEN = [sys.executable, "-m", "bot.cli"]


@pytest.fixture
def env(database_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DATABASE_URL", database_url)
    return database_url


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_org_group_invite(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "db", "upgrade")[0] == 0
    code, out, _ = run(capsys, "org", "create", "Buurthuis De Linde")
    assert code == 0 and "Buurthuis De Linde" in out
    code, out, _ = run(capsys, "group", "create", "Koffie & Thee", "--org", "Buurthuis De Linde", "--language", "ar,nl",
                       "--city", "Utrecht", "--region", "midden", "--traditions", "dutch,islamic")
    assert code == 0 and "Koffie & Thee" in out and "languages ar,nl" in out
    code, out, err = run(capsys, "invite", "--group", "Koffie & Thee", "--role", "facilitator")
    assert code == 0 and len(out.strip()) == 8 and "/start " + out.strip() in err
    code, out, _ = run(capsys, "invite", "--org", "1", "--role", "coordinator")
    assert code == 0 and out.strip().isalnum()
    code, out, _ = run(capsys, "tick", "--dry-run")
    assert code == 0 and out.startswith("0 timer(s) due")


@pytest.mark.parametrize("argv,needle", [
    (["invite", "--group", "Koffie", "--role", "coordinator"], "coordinators are invited with --org"),
    (["invite", "--org", "Buurthuis", "--role", "participant"], "organisation invite is for coordinators"),
    (["invite", "--group", "nope", "--role", "participant"], "no group 'nope'"),
    (["invite", "--group", "Koffie", "--role", "participant", "--days", "0"], "--days"),
    (["invite", "--role", "participant"], "one of the arguments --group --org is required"),
    (["group", "create", "X", "--org", "nope"], "no organisation 'nope'"),
    (["group", "create", "X", "--org", "Buurthuis", "--language", "de"], "unknown language de"),
    (["group", "create", "X", "--org", "Buurthuis", "--region", "oost"], "unknown region"),
    (["group", "create", "X", "--org", "Buurthuis", "--traditions", "dutch,pastafarian"], "pastafarian"),
    (["group", "create", "Koffie", "--org", "Buurthuis"], "already has a group"),
    (["org", "create", "Buurthuis"], "exists already"),
    (["org", "phone-limit", "Buurthuis", "lots"], "whole number"),
    (["org", "phone-limit", "Nergens", "100"], "no organisation"),
    (["tick", "--at", "tomorrow"], "not an ISO time"),
    (["frobnicate"], "invalid choice"),
    (["db"], "samen db upgrade"),
])
def test_bad_input_is_one_clear_line(env: str, capsys: pytest.CaptureFixture[str], argv: list[str], needle: str) -> None:
    run(capsys, "org", "create", "Buurthuis")
    run(capsys, "group", "create", "Koffie", "--org", "Buurthuis")
    code, out, err = run(capsys, *argv)
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("samen: ") and needle in lines[0], err
    assert "Traceback" not in err + out


def test_an_organisations_monthly_limit_of_calls_and_sms(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.app import build
    from bot.config import Config
    from storage import queries

    run(capsys, "org", "create", "Buurthuis")
    code, out, _ = run(capsys, "org", "phone-limit", "buurthuis", "250")
    assert code == 0 and "250 reminder calls and SMS segments a month" in out
    samen = build(Config.from_env())
    try:
        with samen.sessions() as db:
            assert queries.find_organisation(db, "Buurthuis").phone_limit == 250
    finally:
        samen.close()
    code, out, _ = run(capsys, "org", "phone-limit", "Buurthuis", "default")
    assert code == 0 and "400 (the default)" in out


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], ["run", "--help"], ["demo", "--help"], ["chat", "--help"], ["db", "upgrade", "--help"],
                 ["org", "create", "--help"], ["org", "phone-limit", "--help"], ["group", "create", "--help"], ["invite", "--help"], ["tick", "--help"]):
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 0
        assert "usage: samen" in capsys.readouterr().out


def test_unreachable_database_is_one_line(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:9/none?connect_timeout=1")
    code, _out, err = run(capsys, "org", "create", "X")
    assert code == 1 and err.count("\n") == 1 and "database cannot be reached" in err


def test_demo_runs_offline_and_shows_three_languages(tmp_path: Path) -> None:
    import httpx

    started = time.monotonic()
    port = free_port()
    demo = subprocess.Popen(SAMEN + ["demo", "--serve", "60", "--port", str(port)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=tmp_path, env={**os.environ, "DATABASE_URL": ""})
    lines = []
    try:
        for line in demo.stdout:  # the transcript, until the web page is up
            lines.append(line)
            if line.startswith("The web page is up"):
                break
        assert time.monotonic() - started < 60
        # the newcomer opens the coordinator's sign-in link: the demo's group, without any account
        link = re.search(rf"http://127\.0\.0\.1:{port}/login/[A-Za-z0-9_-]+", "".join(lines)).group(0)
        with httpx.Client(follow_redirects=True, timeout=30) as browser:
            page = browser.get(link)
        assert page.status_code == 200 and "Ingelogd als Ingrid" in page.text and "Koffie &amp; Thee" in page.text
    finally:
        demo.terminate()
        _rest, errors = demo.communicate(timeout=60)
    out = "".join(lines)
    assert demo.returncode in (0, -15), errors
    assert "[ar]" in out and "[tr]" in out and "[nl]" in out
    assert "هل توافقون أن نرسل لكم هنا مواعيد اللقاءات" in out  # the consent question in Arabic, two sentences
    assert "grubuna hoş geldiniz" in out  # … in Turkish
    assert "Beterschap, Fatima!" in out and "أنا مريضة اليوم" in out  # relayed both ways
    assert "Samira [nl]: 🔕 Els zei stop" in out  # the leader hears who drops away
    assert "Traceback" not in errors and "ERROR" not in errors
    assert not (tmp_path / "data").exists()  # the demo leaves no database behind …
    # … but ends with its season's report, and says where it is
    assert f"The report is in {tmp_path / 'samen-demo'}" in out
    assert "Deelnemers: 4 (minstens één keer gekomen: 2)." in out  # the summary in the coordinator's language
    assert (tmp_path / "samen-demo" / "report.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "samen-demo" / "report.png").read_bytes().startswith(b"\x89PNG")
    # Fatima reads little: she chose voice, and hears her messages in Arabic
    assert "1️⃣ 🔊 نعم، بالصوت أيضًا" in out and re.search(r"Fatima \[ar\]: \[voice \d+ s, ar\]", out)
    assert "[voice: voice-note-samira-greeting]" in out  # the leader's own greeting with the reminders
    voiced = sorted(p.name for p in (tmp_path / "samen-demo" / "voice").iterdir())
    assert voiced == [f"reminder-{loc}.ogg" for loc in sorted(("ar", "bg", "en", "es", "nl", "pap", "pl", "tr"))]
    assert all(p.read_bytes().startswith(b"OggS") for p in (tmp_path / "samen-demo" / "voice").iterdir())



def _healthz(port: int) -> bytes:
    """GET /healthz of a starting `samen run` on this machine, tried for up to ~30 s (b"" if it never
    answers): a busy machine running the suite in parallel can take that long to start Python."""
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as response:
                return response.read()
        except OSError:
            time.sleep(0.1)
    return b""


def test_run_serves_healthz_and_says_what_to_configure(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "TWILIO_"))}
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'run.sqlite3'}", PORT=str(port))
    proc = subprocess.Popen(SAMEN + ["run"], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        assert b'"ok":true' in _healthz(port)
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=20)
    assert "TELEGRAM_BOT_TOKEN" in err and "samen demo" in err
    assert "Traceback" not in err


def _listening_on(port: int) -> set[str]:
    """The local addresses with a listening TCP socket on `port` (Linux: /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as lines:
            for line in list(lines)[1:]:
                local, _remote, state = line.split()[1:4]
                address, hex_port = local.rsplit(":", 1)
                if state == "0A" and int(hex_port, 16) == port:
                    found.add(address)
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads the listening sockets from Linux's /proc")
def test_run_listens_where_it_is_told(tmp_path: Path) -> None:
    # --host 127.0.0.1: only this machine reaches it (behind a proxy); an address the machine does
    # not have is one clear line and a failing exit status, never a traceback.
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "TWILIO_"))}
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'run.sqlite3'}")
    proc = subprocess.Popen(SAMEN + ["run", "--host", "127.0.0.1", "--port", str(port)], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert b'"ok":true' in _healthz(port)
        assert _listening_on(port) == {"0100007F"}  # 127.0.0.1, not every interface (00000000)
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=20)
    assert "Traceback" not in err
    # 192.0.2.1: an address for documentation (RFC 5737), never one of this machine's
    result = subprocess.run(SAMEN + ["run", "--host", "192.0.2.1", "--port", str(free_port())], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "cannot assign requested address" in result.stderr.lower()
    assert "Traceback" not in result.stderr and "raised an exception" not in result.stderr


def test_chat_talks_to_the_bot_in_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'chat.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    run(capsys, "org", "create", "Buurthuis")
    run(capsys, "group", "create", "Koffie", "--org", "Buurthuis")
    code = run(capsys, "invite", "--group", "Koffie", "--role", "facilitator")[1].strip()
    lines = "\n".join([f"/start {code}", "1", "1", "/as fatima", "hallo", "/quit"]) + "\n"
    result = subprocess.run(SAMEN + ["chat", "--as", "samira"], input=lines, capture_output=True, text=True,
                            timeout=60, env={**os.environ, "DATABASE_URL": url}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "→ samira [nl]: Welkom bij Koffie!" in result.stdout
    assert "Menu voor Koffie" in result.stdout
    assert "→ fatima [nl]: Hallo! Wilt u meedoen met uw groep?" in result.stdout  # a stranger learns how to join


def test_retention_and_audit(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.app import build
    from bot.config import Config
    from storage.models import Member, Membership

    assert run(capsys, "org", "create", "Buurthuis")[0] == 0
    assert run(capsys, "group", "create", "Koffie", "--org", "Buurthuis")[0] == 0
    run(capsys, "invite", "--group", "Koffie", "--role", "participant")
    samen = build(Config(database_url=env))
    try:
        with samen.sessions() as db, db.begin():
            long_ago = samen.clock.now().replace(year=samen.clock.now().year - 2)
            old = Member(display_name="Stil", language="nl", consent_at=long_ago, created_at=long_ago)
            db.add(old)
            db.flush()
            db.add(Membership(member_id=old.id, organisation_id=1, group_id=1, role="participant", joined_at=long_ago))
    finally:
        samen.close()
    code, out, _ = run(capsys, "retention", "--dry-run")
    assert code == 0 and out.startswith("1 member(s)") and "nothing was changed" in out
    code, out, _ = run(capsys, "retention", "--months", "12")
    assert code == 0 and out.startswith("1 member(s) inactive for 12 months erased")
    assert run(capsys, "retention", "--months", "12")[1].startswith("0 member(s)")
    code, out, _ = run(capsys, "audit", "--group", "Koffie")
    assert code == 0 and "invite-created" in out and "member-erased" in out and "reason=retention" in out
    code, _, err = run(capsys, "audit", "--group", "Nergens")
    assert code == 2 and err.strip() == "samen: no group 'Nergens' (give its id or exact name)"
    code, _, err = run(capsys, "retention", "--months", "0")
    assert code == 2 and err.count("\n") == 1


def test_report_command(env: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "org", "create", "Buurthuis")[0] == 0
    assert run(capsys, "group", "create", "Koffie", "--org", "Buurthuis")[0] == 0
    for fmt, magic in (("pdf", b"%PDF"), ("png", b"\x89PNG"), ("csv", b"\xef\xbb\xbf"), ("json", b"{")):
        out = tmp_path / f"r.{fmt}"
        code, text, err = run(capsys, "report", "--group", "Koffie", "--from", "2026-09-01", "--to", "2026-12-31",
                              "--format", fmt, "--out", str(out), "--language", "ar")
        assert code == 0, err
        assert out.read_bytes().startswith(magic) and text.startswith(f"{out}: Koffie, 2026-09-01 to 2026-12-31")
    code, text, _ = run(capsys, "report", "--org", "Buurthuis", "--from", "2026-09-01", "--to", "2026-12-31",
                        "--format", "json", "--out", str(tmp_path / "o.json"))
    assert code == 0 and "Buurthuis" in text
    for argv, message in (
            (["--group", "Nergens"], "no group 'Nergens'"),
            (["--group", "Koffie", "--to", "2026-08-01"], "--to is before --from"),
            (["--group", "Koffie", "--language", "xx"], "unknown language 'xx'"),
            (["--group", "Koffie", "--out", str(tmp_path / "no" / "such" / "dir.pdf")], "cannot write")):
        base = {"--from": "2026-09-01", "--to": "2026-12-31"}
        extra = dict(zip(argv[::2], argv[1::2]))
        flat = [x for k, v in {**base, **extra}.items() for x in (k, v)]
        code, _, err = run(capsys, "report", *flat)
        assert code == 2 and message in err and err.count("\n") == 1, err


def test_invite_card_decodes_to_both_links(env: str, capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import zxingcpp
    from PIL import Image

    from tests.fakes.telegram_api import FakeTelegram

    assert run(capsys, "org", "create", "Buurthuis")[0] == 0
    assert run(capsys, "group", "create", "Koffie & Thee", "--org", "Buurthuis", "--language", "ar")[0] == 0
    code, _, err = run(capsys, "invite", "--group", "Koffie & Thee", "--role", "participant", "--card",
                       str(tmp_path / "card.png"))
    assert code == 2 and "TELEGRAM_BOT_TOKEN or TWILIO_WHATSAPP_FROM" in err
    with FakeTelegram() as fake:
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", fake.token)
        monkeypatch.setenv("TELEGRAM_API_URL", f"{fake.url}/bot")
        monkeypatch.setenv("TWILIO_WHATSAPP_FROM", "+14155238886")
        code, out, err = run(capsys, "invite", "--group", "Koffie & Thee", "--role", "participant", "--card",
                             str(tmp_path / "card.png"))
    assert code == 0, err
    invite = out.strip()
    found = {r.text for r in zxingcpp.read_barcodes(Image.open(tmp_path / "card.png"))}
    assert f"https://t.me/{fake.username}?start={invite}" in found
    assert any(link.startswith("https://wa.me/14155238886?text=") and link.endswith(invite) for link in found)
    assert len(found) == 2


@pytest.mark.parametrize("name, value, needle", [
    ("TWILIO_CALLS_PER_SECOND", "fast", "TWILIO_CALLS_PER_SECOND must be a number"),
    ("TWILIO_CALLS_PER_SECOND", "0", "must be above 0"),
    ("SAMEN_PHONE_LIMIT", "lots", "SAMEN_PHONE_LIMIT must be a whole number"),
])
def test_a_bad_phone_setting_is_one_clear_line(env: str, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch, name: str, value: str,
                                               needle: str) -> None:
    monkeypatch.setenv(name, value)
    code, out, err = run(capsys, "org", "create", "Buurthuis")
    assert code != 0 and err.strip().startswith("samen: ") and needle in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err + out


def test_reminders_by_phone_are_configured_from_the_environment() -> None:
    from bot.config import Config

    config = Config.from_env({"TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "t", "TWILIO_SMS_FROM": "+3197010000000",
                              "SAMEN_PUBLIC_URL": "https://samen.example", "TWILIO_CALLS_PER_SECOND": "2",
                              "SAMEN_PHONE_LIMIT": "250"})
    assert config.has_sms and config.has_voice and (config.calls_per_second, config.phone_limit) == (2.0, 250)
    # Twilio fetches what a call says from the public address: without one, SMS only
    assert not Config.from_env({"TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "t",
                                "TWILIO_SMS_FROM": "+3197010000000"}).has_voice
