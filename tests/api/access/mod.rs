//! Access needs (issue 24): what a worker needs from a class (health data,
//! consented, the worker's only) and what a course provides; the advice
//! ranks classes that meet every need first and warns about the others.

mod advice;
mod courses;
mod profile;
