from desk_app.cli import run

run()
