mod courses;
mod demands;
mod limits;
mod organisations;
