-- The churn-risk list reads the signals of the trailing window of every client at once: by time,
-- carrying what it sums, so the window is one index range read (an index-only scan once vacuumed)
-- instead of a read of every signal ever raised. The order (score, the window's sum) changes as
-- signals age out of the window, so no index can hold it: PostgreSQL keeps only the requested page
-- while sorting (top-N), where the service used to load and sort every client in memory.
create index retention_signal_window on retention_signal (occurred_at) include (client_id, weight);
