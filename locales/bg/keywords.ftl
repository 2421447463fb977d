# Думи, изпратени като цяло съобщение (WhatsApp, конзола). Думите са разделени със запетаи.
keyword-help = помощ
keyword-language = език
keyword-stop = стоп, спри
keyword-start = старт, начало
keyword-forget = забрави ме, изтрий ме
keyword-mydata = моите данни, данните ми
keyword-menu = меню
keyword-next = следваща, следващата среща
