#!/usr/bin/env bash
# Development aid while no database in use has the schema: regenerate the initial migration from
# the models.  Once samen runs anywhere, add new revisions instead (alembic revision --autogenerate).
set -euo pipefail
cd "$(dirname "$0")/../.."
rm -f storage/migrations/versions/0001_initial_schema.py /tmp/samen-regen.sqlite3
.venv/bin/python - <<'PY'
from alembic import command
from storage.db import alembic_config
command.revision(alembic_config("sqlite:////tmp/samen-regen.sqlite3"), message="initial schema",
                 autogenerate=True, rev_id="0001")
PY
sed -i 's/storage\.models\.UTCDateTime(timezone=True)/sa.DateTime(timezone=True)/; /^import storage.models$/d' \
    storage/migrations/versions/0001_initial_schema.py
sed -i '/^Create Date:/d' storage/migrations/versions/0001_initial_schema.py
