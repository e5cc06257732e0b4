"""The wallet: balances, transactions, the withdrawal."""
