"""`cockpit demo`: a real checkout service on 127.0.0.1 (simulation, telemetry, HTTP server) and its environment."""
