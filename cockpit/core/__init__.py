"""The core: configuration, the session, the hub (polling), the timeline, redaction, incidents and the action runner.

No Textual: everything here runs the same under the CLI, the UI and a plain script.
"""
