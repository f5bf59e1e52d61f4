# Bro 1.x's capture-events.bro (engine.md §6.6): every event dispatched from bro_init on is
# appended to events.bst (rxbro: JSON Lines, docs/state-format.md). Print it with
# `rxbro -x events.bst [scripts]`, replay it with `rxbro -R events.bst scripts`.

event bro_init()
	{
	capture_events("events.bst");
	}
