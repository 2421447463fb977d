# Co-creation: a wishes round, the leader's choice of options, the vote, the result.

activity-walk = A walk nearby
activity-cooking = Cook and eat
activity-museum = Museum visit
activity-trip = City trip
activity-health = Health info
activity-massage = Hand massage
activity-knitting = Knitting
activity-painting = Painting
activity-clay = Clay
activity-flowers = Arrange flowers
activity-singing = Singing
activity-dancing = Dancing
activity-quiz = Quiz
activity-feast = Feast together
activity-sports = Indoor sports
activity-crafts = Bracelets
menu-wishes = Wishes
menu-vote = Vote
# Variables:
#   $count (number) - how many members were asked
wish-started = 💡 The wishes round has started: { $count ->
        [one] one member was asked.
       *[other] { $count } members were asked.
    }
wish-q-happy = 💡 What makes you happy? Tap, write a few words, or send a voice message.
wish-q-before = 💡 What did you like to do before? Tap again in the list above or a button below, write a few words, or send a voice message.
wish-q-together = 💡 What would you like to do together with the group? Tap again in the list above or a button below, write a few words, or send a voice message.
wish-dont-know = I don't know yet
wish-thanks = 🌷 Thank you! Your group leader will put the ideas together.
wish-reminder = 💡 Your group would like to hear your ideas. You can still answer.
# Variables:
#   $name (string) - the member's name
wish-voice-from = 🎤 Wish of { $name } (voice message)
# Variables:
#   $count (number) - how many members answered
#   $lines (string) - the wishes, one per line
wish-results = 💡 Wishes so far ({ $count } answered):
    { $lines }
    Tap the activities for the vote (2 to 10), add a wish of the group in your own words, then tap Start the vote.
wish-vote-start = Start the vote
wish-season = Use for the season
wish-need-options = Choose at least two options (at most ten).
# Variables:
#   $count (number) - how many sessions got an activity
wish-season-done = ✅ The activities are set { $count ->
        [one] for the next meeting.
       *[other] for the next { $count } meetings.
    }
# Variables:
#   $count (number) - how many members got the vote
vote-started = 🗳 The vote has started: { $count ->
        [one] 1 member was asked.
       *[other] { $count } members were asked.
    }
vote-question = 🗳 What shall we do together? Choose one.
vote-reminder = 🗳 The vote closes soon. What would you like to do?
vote-saved = ✅ Thank you for your vote.
vote-retracted = Your vote has been taken back.
vote-closed = This vote is already closed.
# Variables:
#   $name (string) - a member without a smartphone
vote-for = 📵 What does { $name } choose?
# Variables:
#   $winner (string) - the chosen activity
#   $lines (string) - the options with their counts
vote-result = 🎉 The group has chosen: { $winner }
    { $lines }
vote-tie = 🗳 It's a tie. Ask the group at the next meeting, or choose now:
# Variables:
#   $date (datetime) - the meeting that gets the activity
vote-attached = 📅 It is planned for the meeting of { $date }.
# Variables:
#   $name (string) - the member's name
#   $text (string) - the wish in the member's own words
wish-text-from = 💡 Wish of { $name }: { $text }
# The later wishes questions: one more button for words of her own.
wish-other = Something else
wish-other-prompt = ✍️ Write a few words or send a voice message.
# A line of the wishes overview.
# Variables:
#   $count (number) - how many people answered only that they do not know yet
wish-results-dont-know = 🤷 Don't know yet: { $count }
# Variables:
#   $name (string) - a member without a smartphone
wish-for = 📵 { $name } has no smartphone. Call and ask what makes { $name } happy, then tap the answer:
wish-for-saved = ✅ Noted for { $name }.
