gazetteSearch.words("re",[["re",0,2,2],["receive",0],["recent",5],["reduce",1],["requests",0],["resource",4],["resources",1,3]]);
