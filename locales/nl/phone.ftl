# Herinneringen per telefoon voor deelnemers zonder smartphone: wat een oproep zegt, de sms, en wat begeleiders en coördinatoren horen.

# A reminder call reads its answers as keys to press (a voice note says "answer with a tap or a number").
call-keys = Kies met een toets op uw telefoon.
# Variables:
#   $number (number) - the key that gives this answer
#   $label (string) - the answer
call-key = Druk { $number }: { $label }.
call-unclear = Sorry, die toets hoort niet bij de antwoorden.
# The reminder as an SMS: short (each 160 Latin or 70 other characters cost one SMS); its answers follow as numbered lines.
# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or "none"
reminder-sms = samen: onze bijeenkomst is op { $date }.{ $place ->
        [none] {""}
       *[other] {" "}Plek: { $place }.
    } Komt u?
# Variables:
#   $name (string) - the member who did not answer
#   $phone (string) - her number
call-unanswered = ☎️ { $name } nam de herinneringsoproep van samen twee keer niet op. Wilt u { $name } zelf bellen? { $phone }
# Variables:
#   $limit (number) - calls plus SMS segments a month
phone-limit-reached = ☎️ De grens van { $limit } oproepen en sms'jes voor deze maand is bereikt. Verdere herinneringsoproepen wachten tot volgende maand: de groepsbegeleiders bellen deze deelnemers zelf.
# Variables:
#   $name (string) - the new member without a smartphone
members-add-ask-reminders = ☎️ Mag samen { $name } voor elke bijeenkomst herinneren, met een automatisch telefoontje of een sms? Alleen met toestemming van { $name }.
members-remind-call = Bellen
members-remind-sms = Sms
mm-phone-reminders = Bellen of sms
members-remind-none = Nee, ik bel zelf
# Variables:
#   $name (string) - the member
#   $how (string) - call, sms or none
members-reminded-by = { $how ->
        [call] ☎️ samen belt { $name } de dag voor elke bijeenkomst; { $name } antwoordt met een toets.
        [sms] 💬 { $name } krijgt de dag voor elke bijeenkomst een sms.
       *[none] 📵 { $name } krijgt geen herinneringen per telefoon: u herinnert { $name } zelf.
    }
report-h-phone = Herinneringen per telefoon
report-calls = Herinneringsoproepen
report-sms-segments = Sms-delen
