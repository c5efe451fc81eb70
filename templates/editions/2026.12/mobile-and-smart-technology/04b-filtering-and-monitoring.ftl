<#-- Edition 2026.12, policygen's own wording: the roles and the review that the DfE's filtering and
     monitoring standards set out. A role the profile does not fill (filtering_and_monitoring:) is named
     without a person; `check` warns. -->
<#assign lead = w.governorLead()>
<#assign fm = p.filteringAndMonitoring>
<#-- The standards are for schools and colleges: a nursery, a children's centre or a club keeps the model's line
     on where its filtering and monitoring are described. -->
<#if g.filteringMonitoring?? && p.school.type.school>
## Filtering and monitoring

<@clause id="roles" source="policygen" meets="filteringMonitoring">
- Our filtering and monitoring follow the DfE's ‘<@m.link text=g.filteringMonitoring.title url=(g.filteringMonitoring.url)!""/>’ (${g.filteringMonitoring.year}). The roles are:
  - ${lead}, making sure the standards are met: <#if fm.governorLead??>${fm.governorLead.nameAndRole}<#else>a member of the ${w.governors}, named by the ${w.governors}</#if>;
  - senior leader, responsible for the arrangements and their review: <#if fm.seniorLeader??>${fm.seniorLeader.nameAndRole}<#else>a member of the senior leadership team, named by the ${w.leader}</#if>;
  - Designated Safeguarding Lead, with lead responsibility for online safety, including acting on what filtering and monitoring show<#if school.dsl??>: ${school.dsl.nameAndRole}</#if>;
<#-- Unnamed, the role is stated without a filler that only repeats it ("...: our IT service provider"). -->
  - IT service provider, running the filtering and monitoring systems<#if fm.itProvider??>: ${fm.itProvider}</#if><#if p.socialMedia.filteringProvider?? && (fm.itProvider!"") != p.socialMedia.filteringProvider>; the systems are provided by ${p.socialMedia.filteringProvider}</#if>.
</@clause>
<@clause id="review" source="policygen" meets="filteringMonitoring">
- The senior leader responsible, with the Designated Safeguarding Lead and the IT service provider, reviews filtering and monitoring at least once a year, whenever a new technology such as an AI tool is introduced, and when a safeguarding concern shows a need. Each review is recorded and reported to the ${lead}.
</@clause>
<@clause id="ai-content" source="policygen" meets="filteringMonitoring">
- Filtering and monitoring cover content produced by generative AI tools, as well as websites and apps.
</@clause>
</#if>
