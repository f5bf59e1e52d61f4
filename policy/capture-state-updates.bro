# Bro 1.x's capture-state-updates.bro (engine.md §6.7): every write to a &synchronized global
# from bro_init on is appended to state-updates.bst (rxbro: JSON Lines, docs/state-format.md).
# Print it with `rxbro -x state-updates.bst [scripts]`: one "State access:" line each.

event bro_init()
	{
	capture_state_updates("state-updates.bst");
	}
