"""Back-pressure during a database outage, end to end on PostgreSQL.

samen's WhatsApp web app runs under uvicorn against the fake Twilio and reaches PostgreSQL through
a TCP proxy.  Cutting the proxy is the outage: every open connection dies at once and new ones are
refused.  What the test shows:

* a webhook posted during the outage answers 503 within a few seconds, so Twilio delivers it again
  later (never 200: that would lose it; never 500);
* a message acknowledged with 200 just before the cut, whose handling the cut broke, is handled
  once the database is back, without the person writing again;
* once the proxy is restored, the redelivered webhooks (same MessageSid) and new ones answer 200,
  and every message is handled exactly once and relayed to the leader exactly once, in order;
* the outbox sender and the scheduler tick fail during the outage and recover by themselves.
"""
from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
import time
import urllib.error
import urllib.request
from typing import Iterator

import pytest
import uvicorn
from sqlalchemy import Engine, create_engine, func, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from bot.app import Samen, build, web_app
from bot.config import Config
from bot.core.clock import FrozenClock
from bot.core.i18n import default_catalog
from bot.pacing import Backoff, Pacer
from handlers.base import Policy
from storage.models import InboundEvent, OutboxMessage, Timer
from tests.conftest import START, free_port, make_session, make_world
from tests.fakes.tcp_proxy import TcpProxy
from tests.fakes.twilio_api import FakeTwilio

catalog = default_catalog()
PUBLIC = "https://samen.example"
SENDER = "whatsapp:+14155238886"
LEADER, FATIMA = "whatsapp:+31600000001", "whatsapp:+31600000002"
PLACE = "Zaal De Linde"
IN_FLIGHT = ("pending", "claimed", "sending")  # outbox rows not yet settled
REPLY_WITHIN = 6.0  # seconds: a 503 must come well before Twilio's own 15 s time-out


def wait_until(predicate, timeout: float, step: float = 0.05) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() >= deadline:
            return False
        time.sleep(step)
    return True


class Outage:
    """samen on PostgreSQL through the proxy, its web app under uvicorn, and the fake Twilio."""

    def __init__(self, samen: Samen, fake: FakeTwilio, proxy: TcpProxy, direct: Engine, port: int) -> None:
        self.samen, self.fake, self.proxy, self.direct, self.port = samen, fake, proxy, direct, port

    def post(self, params: dict[str, str]) -> tuple[int, float]:
        """Twilio posts a signed webhook: (HTTP status, seconds until the answer)."""
        started = time.monotonic()
        status, _ = self.fake.post_signed(f"http://127.0.0.1:{self.port}/twilio/whatsapp", params,
                                          public_url=f"{PUBLIC}/twilio/whatsapp", timeout=REPLY_WITHIN + 4)
        return status, time.monotonic() - started

    def say(self, who: str, body: str, **kw: object) -> dict[str, str]:
        params = self.fake.inbound(who, body, to=SENDER, **kw)  # type: ignore[arg-type]
        status, _ = self.post(params)
        assert status == 200
        return params

    def bodies(self, who: str) -> list[str]:
        return [m["params"].get("Body", "") for m in self.fake.sent_to(who)]

    def wait_body(self, who: str, expected: str, timeout: float = 10.0) -> None:
        assert wait_until(lambda: any(expected in b for b in self.bodies(who)), timeout), \
            f"{who} never got {expected!r}; got {self.bodies(who)[-3:]}"


@pytest.fixture
def outage(pg_url: str) -> Iterator[Outage]:
    server_url = make_url(pg_url)
    with FakeTwilio() as fake, TcpProxy(server_url.host or "127.0.0.1", server_url.port or 5432) as proxy:
        port = free_port()
        proxied = server_url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        config = Config(database_url=proxied, public_url=PUBLIC, port=port, twilio_account_sid=fake.account_sid,
                        twilio_auth_token=fake.auth_token, twilio_whatsapp_from=SENDER, twilio_api_url=fake.url)
        # built while the proxy forwards: build() runs the migrations
        samen = build(config, clock=FrozenClock(START), backoff=Backoff(base=1, factor=1, max_attempts=3),
                      policy=Policy(inbound_per_minute=10_000),
                      pacers={"whatsapp": Pacer(rate=0, per_address_interval=0)})
        # the tick runs every 30 s in production; every half second here
        samen.ticker.run = functools.partial(samen.ticker.run, interval=0.5)  # type: ignore[method-assign]
        direct = create_engine(pg_url)  # the test's own way in, around the proxy
        server = uvicorn.Server(uvicorn.Config(web_app(samen), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        assert wait_until(lambda: server.started, 10)
        try:
            yield Outage(samen, fake, proxy, direct, port)
        finally:
            proxy.restore()
            server.should_exit = True
            thread.join(timeout=15)
            samen.close()
            direct.dispose()


def test_database_outage_answers_503_and_loses_nothing(outage: Outage, caplog: pytest.LogCaptureFixture) -> None:
    svc, proxy = outage, outage.proxy
    caplog.set_level(logging.WARNING)
    world = make_world(svc.samen, group_language="nl")
    group = {"group": "Koffie Oost"}
    sent: list[str] = []  # MessageSids of everything Twilio posted and got a 200 for, in order
    relayed: list[str] = []  # the participant's texts, in the order they were accepted

    # -- a leader and a participant join by WhatsApp ------------------------------------------
    for who, steps, done in (
        (LEADER, (world.facilitator_code, "1", "1"), catalog.format("nl", "menu-title", group)),
        (FATIMA, (world.participant_code, "1", "1", "2", "2"), catalog.format("nl", "welcome-participant", group)),
    ):
        for step in steps:
            before = len(svc.bodies(who))
            sent.append(svc.say(who, step, profile_name="Samira" if who == LEADER else "Fatima")["MessageSid"])
            assert wait_until(lambda: len(svc.bodies(who)) > before, 10), f"no answer to {step!r}"
        svc.wait_body(who, done)
    make_session(svc.samen, world, START.replace(hour=17) + dt.timedelta(days=2), place=PLACE)  # reminders later

    def outbox_quiet() -> bool:
        with sessionmaker(svc.direct)() as db:
            return not db.scalar(select(func.count()).select_from(OutboxMessage)
                                 .where(OutboxMessage.status.in_(IN_FLIGHT)))

    def text_of(n: int) -> str:
        return f"bericht-{n:02d} van Fatima"

    # -- before the outage: acknowledged and relayed ------------------------------------------
    for n in range(1, 4):
        sent.append(svc.say(FATIMA, text_of(n))["MessageSid"])
        relayed.append(text_of(n))
    first_sid = sent[-3]
    for t in relayed:
        svc.wait_body(LEADER, t)
    assert wait_until(outbox_quiet, 10)  # so that the cut below hits the handling of one message only

    # -- one message acknowledged just before the cut, its handling still running -------------
    # An outbox write waits behind a table lock the test holds, so the cut hits it mid-transaction.
    with svc.direct.connect() as blocker:
        blocker.execute(text(f"LOCK TABLE {OutboxMessage.__tablename__} IN SHARE MODE"))
        sent.append(svc.say(FATIMA, text_of(4))["MessageSid"])
        relayed.append(text_of(4))
        assert wait_until(lambda: blocker.scalar(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )) >= 1, 5), "the handling of the last message never reached the outbox"

        # -- the outage --------------------------------------------------------------------------
        proxy.cut()
        blocker.rollback()  # the lock goes; the cut connection can never commit
    cut_at = time.monotonic()
    refused: list[dict[str, str]] = []  # posts answered 503: Twilio delivers these again later
    for n in range(5, 9):
        params = svc.fake.inbound(FATIMA, text_of(n), to=SENDER, profile_name="Fatima")
        status, took = svc.post(params)
        assert status == 503, f"{text_of(n)} answered {status} during the outage"
        assert took < REPLY_WITHIN, f"the 503 took {took:.1f} s"
        refused.append(params)
    leader_params = svc.fake.inbound(LEADER, "menu", to=SENDER, profile_name="Samira")
    assert svc.post(leader_params)[0] == 503
    refused.append(leader_params)
    with pytest.raises(urllib.error.HTTPError) as health:
        urllib.request.urlopen(f"http://127.0.0.1:{svc.port}/healthz", timeout=REPLY_WITHIN + 4)
    assert health.value.code == 503
    # the sender and the tick both run into the outage (and log it), and keep running
    assert wait_until(lambda: {"bot.outbox", "bot.scheduler"} <= {r.name for r in caplog.records
                                                                  if r.levelno >= logging.ERROR}, 5)
    # a reminder falls due while the database is away (set through the test's own connection)
    with sessionmaker(svc.direct)() as db, db.begin():
        timer_id = db.scalar(select(Timer.id).where(Timer.kind == "reminder", Timer.status == "pending")
                             .order_by(Timer.due_at).limit(1))
        db.execute(update(Timer).where(Timer.id == timer_id).values(due_at=svc.samen.clock.now()))
    with sessionmaker(svc.direct)() as db:
        assert db.scalar(select(InboundEvent.status).where(InboundEvent.external_id == sent[-1])) == "pending"
    assert not any(text_of(4) in b for b in svc.bodies(LEADER))

    # -- the database is back ----------------------------------------------------------------
    proxy.restore()
    assert proxy.refused > 0 and time.monotonic() - cut_at < 20
    # the message acknowledged before the cut is handled without Fatima writing again
    svc.wait_body(LEADER, text_of(4), timeout=15)
    # Twilio delivers the refused posts again (same MessageSid), then new messages come in
    for params in refused:
        assert svc.post(params)[0] == 200
        sent.append(params["MessageSid"])
        if params["From"] == FATIMA:
            relayed.append(params["Body"])
    for n in range(9, 11):
        sent.append(svc.say(FATIMA, text_of(n))["MessageSid"])
        relayed.append(text_of(n))
    # a second delivery of a message acknowledged before the outage has no second effect
    assert svc.post(svc.fake.inbound(FATIMA, text_of(1), to=SENDER, profile_name="Fatima",
                                     message_sid=first_sid))[0] == 200

    # -- eventually: everything handled exactly once --------------------------------------------
    def settled() -> bool:
        with sessionmaker(svc.direct)() as db:
            undone = db.scalar(select(func.count()).select_from(InboundEvent).where(InboundEvent.status != "done"))
            timer = db.get(Timer, timer_id)
        return outbox_quiet() and undone == 0 and timer is not None and timer.status == "done" \
            and all(any(t in b for b in svc.bodies(LEADER)) for t in relayed)

    if not wait_until(settled, 20):
        with sessionmaker(svc.direct)() as db:
            outbox = db.execute(select(OutboxMessage.message_id, OutboxMessage.status)).all()
            events = db.execute(select(InboundEvent.external_id, InboundEvent.status)).all()
        pytest.fail(f"samen did not catch up after the outage: outbox {outbox}, inbound {events}")
    time.sleep(0.5)  # anything sent twice would show up now
    with sessionmaker(svc.direct)() as db:
        events = db.execute(select(InboundEvent.external_id, InboundEvent.status)).all()
        statuses = set(db.scalars(select(OutboxMessage.status)))
    assert sorted(external_id for external_id, _ in events) == sorted(sent)  # one row per MessageSid
    assert {status for _, status in events} == {"done"}
    assert statuses == {"sent"}  # nothing failed, nobody got an apology
    leader = svc.bodies(LEADER)
    assert [sum(t in b for b in leader) for t in relayed] == [1] * len(relayed)
    assert [t for b in leader for t in relayed if t in b] == relayed  # in the order they were accepted
    assert sum(PLACE in b for b in svc.bodies(FATIMA)) == 1  # the reminder that fell due in the outage
