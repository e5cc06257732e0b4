"""The QA workspace: request inspector, history, replay, the sandbox panel."""
