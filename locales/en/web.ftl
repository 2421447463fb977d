# The web page for coordinators and group leaders (bot/web): signing in from the chat, and the pages.
menu-web = Web page
web-link = 🖥 Your link to the web page:
    { $url }
    It signs you in once, within { $minutes ->
        [one] 1 minute.
       *[other] { $minutes } minutes.
    } Do not pass it on: it opens the page as you.
web-staff-only = The web page is for group leaders and coordinators.
web-not-running = The web page is not switched on. Please ask your coordinator.
web-page-title = samen
web-signin-title = Sign in
web-signin-text = There are no passwords here. Send “web” to samen in Telegram or WhatsApp: you get a link that signs you in. It works once, within 10 minutes.
web-login-expired = This sign-in link has expired.
web-login-used = This sign-in link has already been used.
web-login-unknown = This sign-in link is not valid.
web-login-again = Send “web” to samen for a new link.
web-signout = Sign out
web-signed-in-as = Signed in as { $name }
web-overview = Overview
web-forbidden = You cannot open this page.
web-form-expired = This form has expired. Go back, reload the page and try again.
web-group = Group
web-leaders = Leaders
web-members = Members
web-languages = Languages
web-next-meeting = Next meeting
web-no-leader = No leader
web-nothing-planned = Nothing planned
web-no-groups = No groups yet.
web-language = Language
web-needs-attention = Needs you first
web-nothing-waiting = Nothing is waiting for you.
web-attention-no-leader = has no leader: make a member leader, or invite one.
web-attention-help = { $count ->
    [one] 1 request for help (🆘) from the leader
   *[other] { $count } requests for help (🆘) from the leader
}
web-attention-tasks = { $count ->
    [one] 1 open follow-up task
   *[other] { $count } open follow-up tasks
}
web-attention-stopped = { $count ->
    [one] 1 member stopped the messages
   *[other] { $count } members stopped the messages
}
web-attendance = Attendance
web-came-of = { $present } of { $expected } came
web-tasks = Open tasks
web-away = Away
web-stopped = Stopped
web-form-incomplete = Please fill in every field of the form.
web-card-pdf = Invite card to print (PDF)
web-name = Name
web-role = Role
web-role-participant = Participant
web-role-facilitator = Group leader
web-role-buddy = Buddy
web-phone-only = no smartphone
web-away-until = away until { $date }
web-invite = Invite
web-invite-who = Invite whom?
web-invite-make = Make an invite code
web-meetings = Meetings
web-when = When
web-place = Place
web-change = Change
web-move-to = Move to
web-move = Move
web-other-place = Other place
web-cancel-sure = yes, cancel
web-cancel = Cancel meeting
web-add-meeting = An extra meeting
web-add = Add
web-cancelled = cancelled
web-not-recorded = not recorded
web-nothing-yet = Nothing yet.
web-wishes = Wishes
web-vote = Vote
web-people = { $count ->
    [one] 1 person in the group
   *[other] { $count } people in the group
}
web-plan = Plan the season
web-plan-when = When
web-plan-weekday = Day
web-plan-time = Time
web-plan-every = How often
web-plan-every-1 = every week
web-plan-every-2 = every two weeks
web-plan-duration = Minutes
web-plan-from = From
web-plan-until = Until
web-plan-count = Or: how many meetings
web-plan-break = Summer break
web-plan-traditions = Traditions
web-plan-region = School holiday region
web-plan-region-noord = North
web-plan-region-midden = Middle
web-plan-region-zuid = South
web-plan-mosque = Islamic dates, as the local mosque
web-plan-policies = What happens on these days
web-plan-policy-skip = no meeting
web-plan-policy-move = move to the next free week
web-plan-policy-keep = meet as usual
web-plan-preview = Preview
web-plan-save-note = When you save, the planned meetings from the first day on are replaced, and every member hears of it in her own language.
web-plan-save = Save the plan
web-plan-legend-session = a meeting
web-plan-legend-feast = a feast day
web-plan-bad-weekday = Choose a day of the week.
web-plan-bad-every = Choose every week or every two weeks.
web-plan-bad-islamic-shift = Choose the mosque's day: -1, 0 or +1.
web-plan-bad-duration = A meeting lasts 15 to 720 minutes.
web-plan-bad-time = Give the time as 10:00.
web-plan-bad-from = Give the first day as a date.
web-plan-bad-count = Give how many meetings: 1 to 200.
web-plan-bad-until = Give the last day as a date, within two years of the first.
web-plan-bad-break = The summer break needs a first and last day, the last not before the first.
web-plan-school-region = School holidays need a region: north, middle or south.
web-plan-shift = { $days ->
    [-1] a day earlier
    [1] a day later
   *[0] as calculated
}
web-plan-policy-default = default ({ $policy ->
    [skip] no meeting
    [move] move
   *[keep] as usual
})
web-plan-preview-title = { $count ->
    [one] 1 meeting
   *[other] { $count } meetings
}
web-plan-line-break = { $date }: break, no meeting
web-plan-saved = { $count ->
    [one] ✅ The plan is saved: 1 meeting. The members hear of it in their own language.
   *[other] ✅ The plan is saved: { $count } meetings. The members hear of it in their own language.
}
web-reports = Reports
web-report-for = Report for
web-report-show = Show
web-report-scope-g = { $name }
web-report-scope-n = { $name }, attendance by name
web-report-scope-o = { $name }, all groups
web-audit = What leaders and coordinators did
web-audit-who = Who
web-audit-what = What
web-new-group = A new group
web-organisation = Organisation
web-city = City
web-new-group-make = Make the group
web-group-created = The group { $group } is made. Invite its leader below.
web-report-meetings = Meetings held
web-report-activity = What we did
web-audit-action = { $action ->
    [activity-recorded] noted what the group did
    [attendance-recorded] recorded who came
    [away-set] noted a member away
    [broadcast-sent] sent a message to all
    [buddy-answer] a buddy was answered
    [buddy-proposed] proposed a buddy
    [call-number-shared] a number was shared to be called
    [call-permission] said whether she may be called
    [chat-link-code] made a code to link a chat
    [chat-linked] linked a Telegram group
    [chat-unlinked] unlinked the Telegram group
    [checkin-recorded-for] recorded a check-in answer for a member
    [consent-given] a member agreed to the messages
    [data-exported] a member asked for her data
    [group-created] created the group
    [group-greeting] recorded a greeting
    [group-greeting-removed] removed the greeting
    [invite-created] made an invite code
    [joined] a member joined
    [member-moved] moved a member to another group
    [member-promoted] made a member a leader
    [member-removed] removed a member
    [member-renamed] renamed a member
    [opted-in] a member started the messages again
    [opted-out] a member stopped the messages
    [phone-only-added] added a member without a smartphone
    [relay-answered] answered a member
    [relayed] a message was passed on
    [report-made] made a report
    [rsvp-recorded-for] recorded a meeting answer for a member
    [schedule-applied] saved a plan
    [session-added] added a meeting
    [session-cancelled] cancelled a meeting
    [session-moved] moved a meeting
    [session-note] added a note to a meeting
    [session-place] changed a meeting's place
    [session-voice] recorded a voice note for a meeting
    [session-voice-removed] removed a meeting's voice note
    [task-done] closed a follow-up task
    [task-escalated] asked the coordinator for help
    [voice-preference] a member chose voice or text
    [phone-reminders] changed how a member without a smartphone is reminded
    [vote-activity-moved] moved the vote's activity to another meeting
    [vote-recorded-for] recorded a vote for a member
    [vote-started] started a vote
    [vote-tie-decided] decided a tied vote
    [web-link-sent] asked for the web page
    [web-signed-in] signed in to the web page
    [wishes-started] started a wishes round
   *[other] { $action }
}
