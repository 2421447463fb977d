"""Feature handlers of samen: each takes an `Inbound` (or a due timer) in a `Context` and returns
`Outbound` intents.  They import only `storage/` and `bot/core/`, and read time from the context."""
