# Away periods (handlers/away.py). $until (date) - the day she is back; $name (string) - the member
away-button = I'm away
away-button-for = Away
away-ask = ✈️ Until when are you away? Until then you get no reminders.
away-ask-for = ✈️ Until when is { $name } away?
away-2-weeks = 2 weeks
away-1-month = 1 month
away-2-months = 2 months
away-3-months = 3 months
away-a-date = A date
away-back-button = I'm back
away-ask-date = On which day are you back? For example: 1 september.
away-bad-date = I could not read that day. Write the day and the month, for example: 1 september.
away-set = ✈️ Have a good time! Until { $until } you get no reminders. We look forward to seeing you again.
away-set-for = ✈️ Noted: { $name } is away until { $until }.
away-set-by-leader = ✈️ Your group leader noted that you are away until { $until }. Until then you get no reminders. Have a good time!
away-back-now = 🏠 Welcome back! You get the reminders again.
away-back-for = 🏠 Noted: { $name } is back.
member-away = ✈️ { $name } is away until { $until }: no reminders until then.
member-back = 🏠 { $name } is back.
away-until = until { $until }
away-welcome-back = 🌷 Welcome back! We missed you. The next meeting is on { $date }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }.
away-welcome-back-none = 🌷 Welcome back! We missed you. Your group leader will tell you about the next meeting.
