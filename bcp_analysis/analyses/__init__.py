"""The analyses: pure functions from the model's tables to new tables and the Dutch sentences that state them."""
