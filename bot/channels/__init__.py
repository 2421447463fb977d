"""Channel adapters: each turns platform payloads into `Inbound` and sends rendered messages,
classifying the outcome as a `SendResult`.  Pacing and retries belong to the outbox sender."""
