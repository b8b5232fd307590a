//! Article parsing tests.
