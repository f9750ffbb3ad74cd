gazetteSearch.words("gu",[["gun",3,1],["guns",0]]);
