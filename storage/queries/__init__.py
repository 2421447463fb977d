"""Queries of samen, kept apart from the handlers so handlers read as decisions, not SQL.

Every function takes an open `Session` inside the caller's transaction and never commits.  One module
per thing they serve; callers use them as `queries.<name>`:

- `groups`: organisations and groups, invite codes, the audit trail, calendar feed secrets;
- `members`: members and their addresses, memberships and roles;
- `events`: inbound events (the webhook's group commit, handling's reads and writes, the rate limit);
- `outbox`: what is queued for whom, offered buttons, media, WhatsApp templates;
- `meetings`: sessions, answers and attendance;
- `web`: the web page's sign-in links and sessions, samen's own settings;
- `base`: the session's connection after a flush, and lists cut to fit an IN (...).
"""
from __future__ import annotations

from storage.queries.base import (  # noqa: F401
    flushed,
    chunks,
)
from storage.queries.groups import (  # noqa: F401
    CODE_ALPHABET,
    find_organisation,
    find_group,
    group_name,
    group_by_chat,
    new_code,
    create_invite,
    find_invite,
    audit,
    group_by_calendar_token,
    calendar_token,
)
from storage.queries.members import (  # noqa: F401
    member_by_address,
    NOTED_WITHIN,
    Writer,
    member_and_address,
    as_loaded,
    note_inbound,
    address_of,
    primary_address,
    primary_addresses,
    by_member_ids,
    memberships,
    membership_rows,
    group_members,
    facilitators_of,
    coordinators_of,
    leaders_of,
    leading,
    away_on,
    facilitator_ids,
    facilitator_languages,
    role_in_group,
)
from storage.queries.events import (  # noqa: F401
    inbound_to_json,
    inbound_from_json,
    event_row,
    inbound_row,
    store_inbound_events,
    event_to_handle,
    finish_event,
    recent_events,
)
from storage.queries.outbox import (  # noqa: F401
    enqueue,
    enqueue_many,
    outbox_rows,
    recipient_states,
    store_media,
    media_by_token,
    purge_media,
    choice_was_offered,
    last_question,
    offered_choice,
    poll_choices,
    template_sid,
    set_template,
    release_held,
    outbox_by_provider_id,
    phone_units,
    phone_usage,
)
from storage.queries.meetings import (  # noqa: F401
    group_sessions,
    replace_planned_sessions,
    attendance_counts,
    excused_ids,
    absent_ids,
    rsvp_target,
    save_rsvp,
)
from storage.queries.web import (  # noqa: F401
    setting,
    new_web_link,
    use_web_link,
    web_session,
    end_web_sessions,
)
