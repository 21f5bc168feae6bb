"""The post-incident review: one model built from the timeline, rendered as Markdown, JSON and HTML; cross-incident
stats; the replay of the panes at any event."""
