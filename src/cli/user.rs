//! `hocnghe user create`.

use hocnghe_api::Settings;
use hocnghe_api::auth::accounts::create_account;
use hocnghe_domain::Role;
use hocnghe_domain::accounts::NewAccountInput;

#[derive(clap::Subcommand)]
pub enum UserCommand {
    /// Create an account of any role, e.g. the first admin or a counsellor.
    /// Without --password-stdin a password is generated and printed once.
    Create {
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// Name shown to others.
        #[arg(long)]
        name: String,
        #[arg(long)]
        phone: Option<String>,
        #[arg(long)]
        email: Option<String>,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
}

fn parse_role(s: &str) -> Result<Role, String> {
    s.parse()
        .map_err(|e: hocnghe_domain::UnknownVariant| e.to_string())
}

pub async fn run(settings: &Settings, command: UserCommand) -> anyhow::Result<()> {
    let UserCommand::Create {
        role,
        name,
        phone,
        email,
        password_stdin,
    } = command;
    let password = if password_stdin {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        Some(line.trim_end_matches(['\r', '\n']).to_owned())
    } else {
        None
    };
    let db = hocnghe_api::prepare_database(settings).await?;
    let input = NewAccountInput {
        role,
        display_name: name,
        phone,
        email,
        password,
    };
    match create_account(&db, input, None).await {
        Ok(created) => {
            println!(
                "created {} account #{}",
                created.account.role, created.account.id
            );
            if let Some(password) = created.generated_password {
                println!("password (shown once, must be changed at first login): {password}");
            }
            Ok(())
        }
        Err(error) => {
            eprintln!("{}", error.body.message_en);
            for field in &error.body.fields {
                eprintln!("  {}: {}", field.field, field.message_en);
            }
            std::process::exit(2);
        }
    }
}
