-- The registry keeps its schemas in its own database beside the services' (one schema per service in nianbao).
CREATE DATABASE registry;
