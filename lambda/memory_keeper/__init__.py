"""Memory Keeper: an Alexa skill that remembers where you put things."""
