<#-- Outcomes First Group's wording of one model clause (mobile.learners-use.exceptional-circumstances); the rest of the section follows the model. -->
<#if lp.exceptions?has_content>
- If a ${w.child} requires access to a personal device in exceptional circumstances other than those set out below, this will be discussed with the ${w.leader} prior to use being permitted.
<#else>
- If a ${w.child} requires access to a personal device in exceptional circumstances, for example medical assistance and monitoring, this will be discussed with the ${w.leader} prior to use being permitted.
</#if>
  - Any arrangements regarding access to personal devices in exceptional circumstances will be documented and recorded by the ${w.setting}.
  - Specific agreements and expectations (including sanctions for misuse) will be provided in writing and agreed by the ${w.child} and/or their parents/carers before use is permitted.
