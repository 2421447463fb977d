# A group and its leaders: a coordinator standing in for a group without a leader, a new leader's
# welcome, a leader's call for help passed on to the coordinators.

# Variables:
#   $group (string) - the group's name; drawn above what a coordinator gets for a group without a leader
for-group = 👥 { $group }
# Variables:
#   $group (string) - the group's name
group-no-leader = ⚠️ { $group } has no group leader now. Until it has one, what the leader would get comes to you, marked with the group's name.
group-make-leader = Make leader
group-invite-leader = Invite leader
# Variables:
#   $group (string) - the group's name
leader-pick = Who will lead { $group }?
# Variables:
#   $group (string) - the group's name
leader-pick-nobody = { $group } has no members with a smartphone yet. Invite a new leader instead.
# Variables:
#   $group (string) - the group's name
#   $code (string) - the invite code
#   $expires (datetime) - until when it works
invite-created-leader = Code for a new leader of { $group }: { $code }
    Send it to the new leader. It works until { $expires }, for one person.
# Variables:
#   $group (string) - the group's name
leader-welcome = ⭐ Welcome, group leader of { $group }!
    • Messages from your members come here: tap ↩ Reply to answer.
    • Send "menu" for members, meetings, wishes and messages to the group.
    • 🗒 A task (call someone) comes with buttons: tap how it went.
task-escalated = 🆘 Passed on to the coordinator. Thank you.
# Variables:
#   $leader (string) - the group leader who asked for help
#   $name (string) - the member
#   $group (string) - the group's name
#   $reason (string) - call-me, unwell or no-answer: why the leader's task was opened
task-help-needed = 🆘 { $leader } needs help with { $name } ({ $group }). { $reason ->
        [unwell] { $name } is not well.
        [no-answer] { $name } did not answer after missing a meeting.
        [missed] { $name } has no smartphone and missed a meeting.
       *[call-me] { $name } asked to be called.
    } Please get in touch with { $leader }. How did it go?
call-nobody = Your group has no group leader right now. Your request is kept: the new leader will see it.
# Variables:
#   $name (string) - the member who said stop (or start)
member-stopped = 🔕 { $name } said stop and gets no more messages from samen. Call { $name } if you want to know why.
# Variables:
#   $name (string) - the member
member-resumed = 🔔 { $name } gets messages again.
# Variables:
#   $count (number) - how many members to call
#   $lines (string) - one line per member: 📵 or ⏳, the name, the number if she agreed to be called
call-these = 📞 Please call { $count ->
        [one] this member
       *[other] these members
    } to pass this on (📵 no smartphone, ⏳ WhatsApp holds messages until they write):
    { $lines }
# A coordinator creates a group in the chat (handlers/groups.py). $group (string) - its name
grp-new = New group
grp-ask-name = ➕ A new group. What is its name? For example: Koffie Oost.
grp-name-taken = There is already a group named { $group }. Please choose another name.
grp-ask-language = In which language do the members of { $group } speak together most?
grp-ask-city = In which city or neighbourhood does the group meet? Or tap Skip.
grp-ask-region = For the school holidays: in which region is the group?
grp-region-noord = North
grp-region-midden = Middle
grp-region-zuid = South
grp-created = ✅ The group { $group } is ready. Invite its leader now: they get a code for one person.
grp-open-menu = Group menu
grp-skip = Skip
