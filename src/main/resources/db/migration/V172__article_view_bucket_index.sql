-- Single views are deleted some time after their bucket (hcpress.analytics.view-retention); the
-- purge finds the oldest ones by this index, a batch at a time.
create index article_view_bucket on article_view (bucket);
