# Whole-message keywords on channels without commands (WhatsApp, the console).
# Comma-separated words. Each language lists its own words; English words always work too.
keyword-help = yardım, yardim
keyword-language = dil
keyword-stop = durdur, mesajları durdur
keyword-start = başla, basla, katıl
keyword-forget = beni unut, beni sil, bilgilerimi sil
keyword-mydata = bilgilerim, verilerim
keyword-menu = menü
keyword-next = sonraki, sonraki buluşma, buluşma ne zaman
# Words that ask for help or for a call, anywhere in a message (whole words): it reaches the
# group leader marked 🆘 and is never taken as the answer to a question.
words-plea = yardım edin, bana yardım et, bana yardım edin, imdat, beni ara, beni arayın, beni arar mısınız
# Everyday words that can also mean stop: stopping is asked before it takes effect.
keyword-stop-ask = dur
# Answers in words: a typed answer to the last question's buttons, matched as whole words
# anywhere in a short message (comma-separated; case and accents do not matter).
answer-yes = evet, tamam, olur, peki
answer-no = hayır, yok
answer-call = beni ara, beni arayın, arayın beni, arar mısınız
answer-coming = geliyorum, geleceğim, gelirim, gelicem
answer-not-coming = gelemiyorum, gelemeyeceğim, gelemem, gelmiyorum, gelmeyeceğim
keyword-voice = ses, sesli, sesli mesaj
keyword-web = web, web sayfası, site
