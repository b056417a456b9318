//! Course recommendations and job matches, driven over HTTP against a small
//! world: a worker in Ba Vì, motorbike courses near and far, a welding
//! course nobody nearby needs, an unaffordable one, and employers' demands.

mod advice;
mod gap;
mod pages;
mod recommendations;
mod snapshot;
