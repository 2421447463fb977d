"""The web page for coordinators and group leaders: the organisation at a glance, a group, the
season's plan, reports.  Server-rendered (Jinja2, plain forms), served by `samen run` beside the
webhooks; signed in through a one-time link the bot sends (`handlers.web`)."""
