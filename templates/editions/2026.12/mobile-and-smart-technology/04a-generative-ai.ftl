<#-- Edition 2026.12, policygen's own wording: generative AI, meeting the DfE's guidance on generative AI in
     education and its product safety standards (the approval route also triggers a filtering review). -->
<#-- Children use AI tools in a school, and in a setting with school-age children (an out-of-school club, whose
     Key Stage 2 form lets them); in an early years setting for under-fives only staff do. -->
<#assign ey = m.earlyYearsSetting() && !(school.yearGroups?? && !school.yearGroups.allEarlyYears())>
<#assign Children = w.children?cap_first>
<#if g.generativeAi??>
## Generative artificial intelligence (AI)

<@clause id="approved-tools" source="policygen" meets="generativeAi">
- Staff<#if !ey> and ${w.children}</#if> use only the generative AI tools the ${w.setting} has approved, for the purposes it has approved them for, in line with this policy and our ${w.acceptableUse}.
</@clause>
<@clause id="no-personal-data" source="policygen" meets="generativeAi">
- No one enters personal data, such as names, images or any information about ${w.children}, families or staff, into a generative AI tool that the ${w.setting} has not approved for that use.
</@clause>
<#if !ey>
<@clause id="learners-use" source="policygen" meets="generativeAi">
- ${Children} use generative AI only when a member of staff has set a task that allows it, and never enter their own or anyone else's personal information into it. They are taught that AI can produce content that is wrong, biased or made up, to check what it produces, and not to present work produced by AI as their own.
</@clause>
</#if>
<@clause id="staff-use" source="policygen" meets="generativeAi">
- Staff check anything a generative AI tool produces for accuracy and suitability before they use it, and remain professionally responsible for it.
</@clause>
<#if g.generativeAiProductSafety?? && g.filteringMonitoring??>
<@clause id="approval-route" source="policygen" meets="generativeAiProductSafety,filteringMonitoring">
- Before a new AI tool is used<#if !ey> with ${w.children}</#if>, or any AI tool is used with personal data, the ${w.leader} approves it, after:
  - a data protection impact assessment;
  - a check that the tool meets the DfE's ‘<@m.link text=g.generativeAiProductSafety.title url=(g.generativeAiProductSafety.url)!""/>’ (${g.generativeAiProductSafety.year});
  - a review of our filtering and monitoring, to make sure it covers the new tool.
</@clause>
</#if>
</#if>
