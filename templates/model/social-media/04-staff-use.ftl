<@clause id="title">
## Staff use of social media
</@clause>

<#-- Only the rule the school chose: the model offers three and prefers none. -->
<#if p.socialMedia.staffPersonalUse??>
<@clause id="personal-use">
<#switch p.socialMedia.staffPersonalUse>
<#case "LUNCH_BREAK">
- The use of social media during ${w.setting} hours for personal use is not permitted for staff unless this takes place during a lunch break.
<#break>
<#case "BREAKS_IN_STAFF_AREAS">
- The use of social media during ${w.setting} hours for personal use is permitted for staff during the lunch hour or break times and only when in staff-only areas, not <#if m.hasLessons()>the classroom or other areas<#else>rooms or other areas</#if> where ${w.children} can access.
<#break>
<#default>
- The use of social media during ${w.setting} hours for personal use is not permitted for staff.
</#switch>
</@clause>
</#if>
<@clause id="safe-professional-online">
- Safe and professional online behaviour is outlined for all members of staff, including volunteers, as part of our staff code of conduct<#if m.socialCitesOnlineSafety()>, online safety policy</#if> and acceptable use of technology policy.
</@clause>
<@clause id="safe-responsible-use">
- The safe and responsible use of social media sites will be discussed with all members of staff as part of staff induction and will be revisited and communicated via regular staff training opportunities. Advice will be provided and updated via staff training and additional guidance and resources will be shared with staff as required on a regular basis.
</@clause>
<@clause id="complaint-about-staff">
- Any complaint about staff misuse of social media or policy breaches will be taken seriously in line with our ${m.cpListed()} and allegations against staff policy. Complaints will be referred to the ${w.leader}, in accordance with our staff code of conduct policy.
</@clause>
<@clause id="allegations-regarding-member">
- Any allegations regarding a member of staff's online conduct will be discussed with the LADO (Local Authority Designated Officer)<#if p.people.lado??>, ${p.people.lado.name}</#if>.
</@clause>
<@clause id="appropriate-disciplinary-civil">
- If appropriate, disciplinary, civil and/or legal action will be taken in accordance with our staff code of conduct.
</@clause>
