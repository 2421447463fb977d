# Ortak mesajlar: sayıyla cevap verme, eski düğmeler, hatalar.

# Variables:
#   $count (number) - how many choices there are
answer-with-number = { $count ->
    [one] Seçmek için 1 gönderin.
   *[other] 1 ile { $count } arasında bir sayı gönderin.
}
# Variables:
#   $count (number) - how many choices there are
answer-out-of-range = Lütfen 1 ile { $count } arasında bir sayı seçin.
button-expired = Bu düğme artık çalışmıyor. Neler yapabileceğinizi görmek için "yardım" gönderin.
cancel = İptal
empty-message = Boş bir mesaj aldım. Lütfen bir şey yazın, sesli mesaj gönderin ya da bir düğmeye dokunun.
error-sorry = Özür dileriz, bizim tarafımızda bir sorun oldu. Mesajınız kaydedildi. Lütfen biraz sonra tekrar deneyin.
unknown-command = Bu komutu tanımıyorum.
# Variables:
#   $name (string) - the member's display name
#   $reason (string) - failed, unknown, unreachable or window
outbox-undelivered = { $reason ->
    [unknown] ⚠️ { $name } için gönderilen bir mesaj ulaşmamış olabilir. Lütfen kendisine sorun.
    [unreachable] ⚠️ { $name } ile artık bot üzerinden iletişim kurulamıyor. Lütfen kendisini telefonla arayın.
    [window] ⚠️ { $name } bota tekrar yazana kadar kendisine sadece telefonla ulaşabilirsiniz.
   *[failed] ⚠️ { $name } için gönderilen bir mesaj iletilemedi. Lütfen kendisini telefonla arayın.
}
# Variables:
#   $answer (string) - the button her words were taken as, in her language
answer-understood = Anladım: { $answer }
# A voice note reads a clock time in words (a speech engine reads "10:00" as "ten zero zero").
# Variables:
#   $hour (number) - 0 to 23
#   $minute (number) - 0 to 59
spoken-time = { $minute ->
        [0] saat { $hour }
       *[other] saat { $hour } { $minute }
    }
# A voice note then reads out the buttons as numbers.
spoken-choices = Dokunarak ya da bir sayıyla cevap verin.
# Variables:
#   $number (number) - the number that answers with this button
#   $label (string) - the button's label
spoken-choice = { $number }: { $label }.
# A day as people write it: the order and small words of this language (names come from CLDR).
# Variables:
#   $weekday (string) - the weekday in full
#   $day (string) - the day of the month
#   $month (string) - the month in full
date-day = { $day } { $month } { $weekday }
# A day with its time.
# Variables:
#   $date (string) - the day, as date-day writes it
#   $time (string) - the time, 24-hour
date-time = { $date } { $time }
