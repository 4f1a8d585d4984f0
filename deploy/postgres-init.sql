-- One database per service: they share a server, never a schema.
CREATE DATABASE intake;
CREATE DATABASE measures;
CREATE DATABASE metrics;
