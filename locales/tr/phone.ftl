# Reminders by phone for members without a smartphone: what a call says, the SMS, and what leaders and coordinators hear. (a draft: see locales/README.md)

# A reminder call reads its answers as keys to press (a voice note says "answer with a tap or a number").
call-keys = Telefonunuzda bir tuşa basın.
# Variables:
#   $number (number) - the key that gives this answer
#   $label (string) - the answer
call-key = { $label } için { $number } tuşuna basın.
call-unclear = Özür dileriz, bu tuş cevaplardan biri değil.
# The reminder as an SMS: short (each 160 Latin or 70 other characters cost one SMS); its answers follow as numbered lines.
# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or "none"
reminder-sms = samen: buluşmamız { $date }.{ $place ->
        [none] {""}
       *[other] {" "}Yer: { $place }.
    } Geliyor musunuz?
# Variables:
#   $name (string) - the member who did not answer
#   $phone (string) - her number
call-unanswered = ☎️ { $name }, samen'in hatırlatma aramasını iki kez açmadı. Lütfen { $name } kişisini kendiniz arayın: { $phone }
# Variables:
#   $limit (number) - calls plus SMS segments a month
phone-limit-reached = ☎️ Bu ayın { $limit } arama ve SMS sınırına ulaşıldı. Diğer hatırlatma aramaları gelecek ayı bekliyor: grup liderleri bu üyeleri kendileri arıyor.
# Variables:
#   $name (string) - the new member without a smartphone
members-add-ask-reminders = ☎️ samen, { $name } kişisine her buluşmadan önce otomatik bir arama ya da SMS ile hatırlatabilir mi? Sadece { $name } izin verirse.
members-remind-call = Arama
members-remind-sms = SMS
mm-phone-reminders = Arama veya SMS
members-remind-none = Hayır, ben ararım
# Variables:
#   $name (string) - the member
#   $how (string) - call, sms or none
members-reminded-by = { $how ->
        [call] ☎️ samen her buluşmadan bir gün önce { $name } kişisini arar; { $name } bir tuşla cevap verir.
        [sms] 💬 { $name } her buluşmadan bir gün önce bir SMS alır.
       *[none] 📵 { $name } telefonla hatırlatma almaz: { $name } kişisine siz hatırlatırsınız.
    }
report-h-phone = Telefonla hatırlatma
report-calls = Hatırlatma aramaları
report-sms-segments = SMS parçaları
